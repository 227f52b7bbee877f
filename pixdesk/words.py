"""The words of the Qt-free modules (engine, settings, catalogue) that the window shows in its language.

Two markers, both found by `pyside6-lupdate` by their names, so the literal strings must stay
inside the call:
- `QT_TRANSLATE_NOOP("context", "text")` for declared constants (settings.py, catalog.py): the
  English text back unchanged; the window translates it where it shows it (pixdesk/ui/declared_words.py).
- `translate("context", "text")` for the sentences the engine says (errors, sign-in status,
  progress): a `Said`, an English `str` that also remembers its context, template and values,
  so pixdesk/ui/i18n.py `translated()` can say it again in the window's language.
No Qt here: these modules are also the CLI's, which speaks English."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """`text` as it is: the call only marks it for translation under `context`."""
    return text


class Said(str):
    """English words the engine says, that the window can say again in its own language.

    The value is the English text (the CLI prints it, logs keep it, tests compare with it), so
    anything that takes a `str` takes a Said. It also keeps how it was made: the `template`
    looked up in the translations under `context` (with `n` for a "%n" plural), and the
    `values` its {placeholders} were filled with (themselves perhaps Said; numbers are written
    in the language's way in the window, so no format specs in the text: Grouped(n) for 8,192).
    pixdesk/ui/i18n.py `translated()` rebuilds it in the window's language. Anything that
    makes a new string from a Said (+, f-strings, .strip()) gives a plain English str."""

    context: str
    template: str
    disambiguation: str | None
    n: int
    values: dict[str, object] | None  # None: the template has no placeholders filled (and may hold braces)

    def __new__(
        cls,
        text: str,
        context: str = "",
        template: str | None = None,
        values: dict[str, object] | None = None,
        n: int = -1,
        disambiguation: str | None = None,
    ) -> Said:
        said = super().__new__(cls, text)
        said.context = context  # "": not in the translations (words.joined): only the values translate
        said.template = str(text) if template is None else template
        said.values = values
        said.n = n
        said.disambiguation = disambiguation
        return said

    def format(self, *args: object, **values: object) -> Said:
        """The English text with its {placeholders} filled, still translatable."""
        if args:
            raise TypeError("Said.format takes named placeholders only")
        english = str.format(self, **{name: english_number(value) for name, value in values.items()})
        return Said(
            english, self.context, self.template, {**(self.values or {}), **values}, self.n, self.disambiguation
        )

    def __reduce__(self) -> tuple[type[Said], tuple[object, ...]]:
        """Workers pickle errors and results: keep what the window needs to translate them."""
        return (Said, (str(self), self.context, self.template, self.values, self.n, self.disambiguation))

    def __repr__(self) -> str:
        return f"Said({str.__repr__(self)})"


class Grouped(int):
    """A count written with its thousands grouped: 8,192 tokens (a plain int stays 8000, like a
    page number or a pixel size)."""


def english_number(value: object) -> object:
    """A number as the English text writes it: 8,192 (Grouped) · 8000 · 3.75; the window writes
    them its language's way (pixdesk/ui/i18n.py)."""
    if isinstance(value, Grouped):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:.6g}"
    return value


def english_plural(text: str, n: int) -> str:
    """ "%n page(s)" in English: "1 page", "2 pages" (the source text is written this way)."""
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s") if n >= 0 else text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> Said:
    """Mark `text` (a whole sentence, literal: lupdate reads the call by its name) as words of
    `context` (the module's file name) and give it back in English, as a Said the window
    translates where it shows it. Counts: "%n file(s)" with `n`. Fill placeholders after:
    translate("batch", "{name} is done.").format(name=name)."""
    return Said(english_plural(text, n), context, text, None, n, disambiguation)


def joined(*parts: str, separator: str = " ") -> Said:
    """Sentences said one after the other ("message. What to do."), or a list ("3 of 5 done ·
    1 failed"), each part translated on its own; empty parts left out."""
    kept: dict[str, object] = {f"part{i}": part for i, part in enumerate(p for p in parts if p)}
    template = separator.join("{" + name + "}" for name in kept)
    return Said(separator.join(str(p) for p in kept.values()), "", template, kept)
