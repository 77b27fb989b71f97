"""CSV downloads: exactly the rows behind a chart or table, safe to open in a
spreadsheet, under a file name that says what and which filter."""

from __future__ import annotations

import io
import unicodedata

import numpy as np
import pandas as pd
import pyarrow as pa
import regex as re

from .filters import FilterState

LIST_SEPARATOR = "; "
#: A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix a quote to a text cell a spreadsheet would run as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _cell(value: object) -> object:
    if isinstance(value, list | tuple | np.ndarray):
        return neutralise(LIST_SEPARATOR.join(str(v) for v in value))
    if isinstance(value, str):
        return neutralise(value)
    return value


def _arrow_text_or_list(dtype: object) -> bool:
    """An Arrow string or list column, as ``load`` gives the list columns."""
    if not isinstance(dtype, pd.ArrowDtype):
        return False
    kind = dtype.pyarrow_dtype
    return (
        pa.types.is_list(kind)
        or pa.types.is_large_list(kind)
        or pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
    )


#: How a float is written: the shortest of ten significant digits ("91.04", "0.1965973535").
FLOAT_FORMAT = "%.10g"


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV of ``frame``: list cells joined with ``"; "``, text cells that
    start like a formula neutralised, dates as YYYY-MM-DD, numbers as numbers."""
    out = frame.copy()
    for column in out.columns:
        dtype = out[column].dtype
        if pd.api.types.is_object_dtype(dtype) or isinstance(
            dtype, pd.StringDtype | pd.CategoricalDtype
        ):
            # A category's text is text too (astype: a map over categories would
            # keep the category dtype, and two may neutralise alike).
            out[column] = out[column].astype(object).map(_cell)
        elif _arrow_text_or_list(out[column].dtype):
            # Arrow lists would be written as a NumPy array's repr ("['a' 'b']").
            plain = pd.Series(out[column].tolist(), index=out.index, dtype=object)
            out[column] = plain.map(_cell)
        elif pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].dt.strftime("%Y-%m-%d")
    buffer = io.StringIO()
    # CRLF, as RFC 4180 has it; a lone \r or \n inside a cell is then quoted. Ten
    # significant digits keep every figure a summary writes and drop the last digits
    # of a division ("0.19659735349716445" for a share of 1,040 papers).
    out.to_csv(buffer, index=False, lineterminator="\r\n", float_format=FLOAT_FORMAT)
    return buffer.getvalue().encode("utf-8")


#: Signs that name something in a metric or unit, spelled out: a "%" unit left no
#: trace in a file name, and "pass@1" read as "pass-1".
_SPELLED = {"%": " pct ", "@": " at "}


def _slug(text: str) -> str:
    # Accents folded first: "Krähenbühl" is "krahenbuhl", not "kr-henb-hl".
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    for sign, word in _SPELLED.items():
        folded = folded.replace(sign, word)
    return re.sub(r"[^A-Za-z0-9.]+", "-", folded).strip("-").lower()[:40]


def csv_name(what: str, state: FilterState | None, *extra: str) -> str:
    """``<what>_<from>_<to>[_<topics>][_<sources>][_q-<search>][_<extra>].csv``;
    ``<what>[_<extra>].csv`` for a table no filter selects (``state`` None)."""
    if state is None:
        return "_".join(p for p in [_slug(what), *map(_slug, extra)] if p) + ".csv"
    parts = [_slug(what), state.start.isoformat(), state.end.isoformat()]
    if state.topics:
        parts.append("+".join(_slug(t) for t in state.topics))
    if state.sources:
        parts.append("+".join(_slug(s) for s in state.sources))
    if state.query:
        parts.append("q-" + _slug(state.query))
    parts.extend(_slug(e) for e in extra if e)
    return "_".join(p for p in parts if p) + ".csv"
