"""`pixdesk ask` and `pixdesk batch` under the organisation's managed settings (issue #16): the
same /etc/xdg policy as the window, obeyed by the real CLI in a subprocess against the local
Bedrock server. A refused option ends with one plain sentence and exit code 2, sending nothing."""

from __future__ import annotations

import pytest

from helpers import png_bytes
from helpers import run_pixdesk as pixdesk

BAD_INPUT = 2


@pytest.fixture
def screenshot(tmp_path):
    path = tmp_path / "screenshot.png"
    path.write_bytes(png_bytes(400, 300))
    return path


def test_a_region_outside_the_allowed_geographies_is_refused(bedrock, screenshot, policy):
    policy("[bedrock]\nallowed_geographies=us\n")
    result = pixdesk("ask", str(screenshot), "-q", "What is this?", "--region", "eu-west-1")
    assert result.returncode == BAD_INPUT
    assert result.stderr == (
        "pixdesk: --region eu-west-1: Europe (Ireland) is not allowed on this computer: your organisation allows "
        "only United States (us-east-1, us-east-2, us-west-2). Leave the option out to use what your "
        "organisation set.\n"
    )
    assert result.stdout == "" and bedrock.requests == []


def test_a_locked_tier_is_refused_and_used_when_not_given(bedrock, screenshot, policy):
    policy("[bedrock]\ntier=flex\ntier_locked=true\n")
    refused = pixdesk("ask", str(screenshot), "-q", "What is this?", "--tier", "priority")
    assert refused.returncode == BAD_INPUT
    assert "--tier priority: “Speed and price” is set by your organisation on this computer (flex)" in refused.stderr
    assert bedrock.requests == []
    result = pixdesk("ask", str(screenshot), "-q", "What is this?", "--tier", "flex")  # the same: fine
    assert result.returncode == 0, result.stderr
    result = pixdesk("ask", str(screenshot), "-q", "What is this?")
    assert result.returncode == 0, result.stderr
    assert [r.body["serviceTier"] for r in bedrock.requests] == [{"type": "flex"}, {"type": "flex"}]


def test_without_options_the_policy_chooses_the_region(bedrock, screenshot, policy):
    policy("[bedrock]\nallowed_geographies=eu\nregion=eu-west-3\n")
    result = pixdesk("ask", str(screenshot), "-q", "What is this?", "--json")
    assert result.returncode == 0, result.stderr
    assert '"region": "eu-west-3"' in result.stdout
    assert bedrock.requests[0].model_id.startswith("eu.")


def test_a_locked_region_is_refused_by_batch_too(bedrock, tmp_path, policy):
    policy("[bedrock]\nregion=eu-central-1\nregion_locked=true\n")
    (tmp_path / "shots").mkdir()
    (tmp_path / "shots" / "a.png").write_bytes(png_bytes(200, 100))
    result = pixdesk("batch", str(tmp_path / "shots"), "--prompt", "Describe", "--region", "us-east-1")
    assert result.returncode == BAD_INPUT
    assert "--region us-east-1: “Where your data is processed” is set by your organisation" in result.stderr
    assert bedrock.requests == []
