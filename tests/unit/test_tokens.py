"""Token estimates for images (Mistral's patch count) and text (about four characters a token)."""

from __future__ import annotations

import pytest

from pixdesk.imaging.tokens import image_tokens, model_view_size, text_tokens


@pytest.mark.parametrize(
    ("width", "height", "expected"),
    [
        (1024, 1024, 64 * (64 + 1)),  # exactly the model's side: 64 rows of 64 patches + a break each
        (2048, 1024, 32 * (64 + 1)),  # seen as 1024x512
        (1024, 2048, 64 * (32 + 1)),  # seen as 512x1024
        (4096, 4096, 64 * (64 + 1)),  # seen as 1024x1024
        (100, 50, 4 * (7 + 1)),  # ceil(50/16) rows of ceil(100/16) patches
        (16, 16, 1 * (1 + 1)),
        (17, 16, 1 * (2 + 1)),
        (1, 1, 1 * (1 + 1)),
    ],
)
def test_image_tokens(width, height, expected):
    assert image_tokens(width, height) == expected


def test_image_tokens_grow_with_size_below_the_model_side():
    assert image_tokens(100, 100) < image_tokens(500, 500) < image_tokens(1000, 1000)


def test_image_tokens_stop_growing_beyond_the_model_side():
    assert image_tokens(8000, 8000) == image_tokens(1024, 1024)


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((2048, 1024), (1024, 512)),
        ((1024, 2048), (512, 1024)),
        ((4000, 3000), (1024, 768)),
        ((3000, 4000), (768, 1024)),
        ((8000, 10), (1024, 1)),  # never below one pixel
        ((1024, 1024), (1024, 1024)),
        ((100, 50), (100, 50)),  # small images are not enlarged
    ],
)
def test_model_view_size(size, expected):
    assert model_view_size(*size) == expected


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (3000, 2000), (1500, 1100), (7999, 4321)])
def test_model_view_size_keeps_the_aspect(width, height):
    w, h = model_view_size(width, height)
    assert max(w, h) == 1024
    assert w / h == pytest.approx(width / height, rel=0.01)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("a", 1),
        ("abcd", 1),
        ("abcde", 2),
        ("abcdefgh", 2),
        ("x" * 4000, 1000),
    ],
)
def test_text_tokens(text, expected):
    assert text_tokens(text) == expected
