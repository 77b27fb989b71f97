"""Data: upload digest files, list and remove them, see what a build kept and
skipped, and rebuild."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from digest_data.app import appdata, text, ui, upload_guard, uploads
from digest_data.app.safe import markdown_text

source = appdata.source_from_env()
ctx = ui.context("data")
st.title("Data")
# Folders by name only: every visitor of a shared dashboard reads this page.
if source.inputs:
    st.write(f"Digests: **{markdown_text(source.label)}**, built into one dataset")
else:  # the app was pointed at a dataset built elsewhere
    st.write(f"Dataset: **{markdown_text(source.label)}**")


def rebuild(done: str, force: bool = False) -> None:
    """Rebuild, and keep what happened for the page drawn after the rerun."""
    with st.spinner("Rebuilding…"):
        st.session_state["data_notices"].append(appdata.rebuild(source, done, force))
    st.session_state["uploader_round"] = st.session_state.get("uploader_round", 0) + 1
    st.rerun()


st.session_state.setdefault("data_notices", [])
for kind, notice in st.session_state["data_notices"]:
    getattr(st, kind)(notice)
st.session_state["data_notices"] = []

if source.uploads is None:
    st.info(
        "This dataset was built elsewhere (DIGEST_DATA_DIR names a built dataset): uploads are off."
    )
elif not upload_guard.uploads_on():
    st.info(
        f"Uploads are turned off on this dashboard ({uploads.SETTING}=off): it shows what "
        "the collection's files say."
    )
else:
    saved = uploads.stored(source.uploads)
    st.subheader("Upload digest files")
    st.caption(
        f"Markdown or text digests ({', '.join(uploads.DIGEST_SUFFIXES)}); at most "
        f"{uploads.MAX_FILES} files, {uploads.MAX_FILE_BYTES // 2**20} MB each and "
        f"{uploads.MAX_TOTAL_BYTES // 2**20} MB in one upload. Uploads are listed as their own "
        "source, *upload*, beside the collection's papers, never in their place. All uploads "
        f"together: {len(saved):,} of {uploads.BUDGET_FILES:,} files, "
        f"{uploads.size_text(sum(s.bytes for s in saved))} of "
        f"{uploads.size_text(uploads.BUDGET_BYTES)}, "
        f"{sum(s.rows for s in saved):,} of {uploads.BUDGET_ROWS:,} table rows."
    )
    files = st.file_uploader(
        "Digest files",
        type=["md", "markdown", "txt"],
        accept_multiple_files=True,
        key=f"uploader-{st.session_state.get('uploader_round', 0)}",
    )
    if files and st.button("Add these files and rebuild", type="primary"):
        batch = [uploads.Upload(f.name, f.getvalue()) for f in files]
        verdicts = uploads.check(batch, saved)
        refused = [v for v in verdicts if v.name is None]
        if refused:
            st.session_state["data_notices"].append(
                ("warning", "Refused: " + "; ".join(f"{v.original}: {v.reason}" for v in refused))
            )
        if len(refused) < len(verdicts):
            uploads.save(batch, verdicts, source.uploads)
            rebuild(f"Added {text.counted(len(verdicts) - len(refused), 'file')}")
        st.rerun()
    if saved:
        st.subheader("Uploaded files")
        uploaded = pd.DataFrame(
            {
                "file": [s.name for s in saved],
                "bytes": [s.bytes for s in saved],
                "table rows": [s.rows for s in saved],
            }
        )
        ui.table(uploaded, "uploaded files", filtered=False, column_config=ui.FILE_COLUMNS)
        ui.download(uploaded, "uploaded-files", ctx, filtered=False)
        gone = st.multiselect("Remove uploads", [s.name for s in saved], key="remove_uploads")
        if gone and st.button("Remove these files and rebuild", key="remove_button"):
            removed = uploads.remove(source.uploads, gone)
            rebuild(f"Removed {text.counted(len(removed), 'file')}")
    if st.button("Rebuild from all files"):
        rebuild("Rebuilt from all files", force=True)

st.subheader("Last build")
ui.build_report(ctx, key="dl-report-data")
files = ui.build_files(ctx)
ui.table(files, "files", filtered=False, column_config=ui.FILE_COLUMNS)
ui.download(files, "build-files", ctx, filtered=False)
