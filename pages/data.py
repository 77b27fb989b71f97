"""Data: upload digest files, see what a build kept and skipped, and rebuild."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from digest_data.app import ui, uploads
from digest_data.app.appdata import ensure_built, source_from_env
from digest_data.store.dataset import BuildError

source = source_from_env()
ctx = ui.context("data")
st.title("Data")
st.write(f"Digests: **{source.label}** → dataset `{source.out}`")

if source.uploads is None:
    st.info(
        "This dataset was built elsewhere (DIGEST_DATA_DIR names a built dataset): uploads are off."
    )
else:
    st.subheader("Upload digest files")
    st.caption(
        f"Markdown or text digests ({', '.join(uploads.DIGEST_SUFFIXES)}); at most "
        f"{uploads.MAX_FILES} files, {uploads.MAX_FILE_BYTES // 2**20} MB each and "
        f"{uploads.MAX_TOTAL_BYTES // 2**20} MB in all. They are saved under a safe name in "
        f"`{source.uploads}` and added to the dataset."
    )
    files = st.file_uploader(
        "Digest files", type=["md", "markdown", "txt"], accept_multiple_files=True, key="uploader"
    )
    if files and st.button("Add these files and rebuild", type="primary"):
        batch = [uploads.Upload(f.name, f.getvalue()) for f in files]
        verdicts = uploads.check(batch, uploads.taken(source.uploads))
        refused = [v for v in verdicts if v.name is None]
        if refused:
            st.warning("Refused: " + "; ".join(f"{v.original}: {v.reason}" for v in refused))
        if len(refused) < len(verdicts):
            uploads.save(batch, verdicts, source.uploads)
            try:
                with st.spinner("Rebuilding…"):
                    report = ensure_built(source)
            except BuildError as exc:
                st.error(str(exc))
            else:
                st.success(
                    f"Added {len(verdicts) - len(refused)} files; "
                    + (f"{report.rows:,} rows now." if report else "nothing changed.")
                )
                st.rerun()
    if st.button("Rebuild from all files"):
        with st.spinner("Rebuilding…"):
            ensure_built(source, force=True)
        st.rerun()

report = ctx.dataset.report
st.subheader("Last build")
ui.build_report(ctx, key="dl-report-data")
files = pd.DataFrame(
    [
        {"file": f.file, "source": f.source, "rows": f.rows, "skipped": f.skipped, "error": f.error}
        for f in report.files
    ]
)
ui.table(files, "files")
ui.download(files, "build-files", ctx)
