"""Holds the files Streamlit keeps in memory for its uploaders to the upload limits.

Streamlit stores every file sent to ``/_stcore/upload_file/<session>/<file>`` in
memory until the session ends, whether the page's uploader sent it or a visitor
sent it straight to the endpoint; its only limit is ``server.maxUploadSize`` per
file. This wraps the runtime's file manager so that a session holds at most
``MAX_FILES`` files and ``MAX_TOTAL_BYTES``, all sessions together
``MEMORY_BYTES``, and nothing at all when uploads are off; a request past that is
answered 413 and its file dropped."""

from __future__ import annotations

import os

from starlette.exceptions import HTTPException
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.uploaded_file_manager import UploadedFileRec

from . import uploads


def refusal(
    enabled: bool,
    session_files: int,
    session_bytes: int,
    total_bytes: int,
    new_bytes: int,
    name: str = "",
) -> str | None:
    """Why one more file called ``name`` of ``new_bytes`` may not be held in memory,
    or None."""
    if not enabled:
        return "uploads are turned off on this dashboard"
    if "\0" in name:  # st.file_uploader would raise on every run of the page
        return "a file name may not hold a NUL byte"
    if session_files + 1 > uploads.MAX_FILES:
        return f"at most {uploads.MAX_FILES} files per visitor"
    if session_bytes + new_bytes > uploads.MAX_TOTAL_BYTES:
        return f"at most {uploads.MAX_TOTAL_BYTES // 2**20} MB per visitor"
    if total_bytes + new_bytes > uploads.MEMORY_BYTES:
        return "the server holds as many uploads as it can; try again later"
    return None


def guard(manager: MemoryUploadedFileManager, enabled: bool) -> None:
    """Wrap ``manager.add_file`` with the limits (again, if already wrapped)."""
    add = getattr(manager, "_unguarded_add_file", manager.add_file)

    def add_file(session_id: str, file: UploadedFileRec) -> None:
        with manager._lock:
            held = manager.file_storage.get(session_id, {})
            others = [f for fid, f in held.items() if fid != file.file_id]
            replaced = held.get(file.file_id)
            total = manager._total_bytes - (len(replaced.data) if replaced else 0)
            reason = refusal(
                enabled,
                len(others),
                sum(len(f.data) for f in others),
                total,
                len(file.data),
                file.name,
            )
        if reason:
            raise HTTPException(status_code=413, detail=f"Upload refused: {reason}")
        add(session_id, file)

    manager._unguarded_add_file = add  # type: ignore[attr-defined]
    manager.add_file = add_file  # type: ignore[method-assign]


def install(enabled: bool) -> None:
    """Guard the running server's upload manager (once per setting)."""
    from streamlit.runtime import Runtime

    if not Runtime.exists():
        return
    manager = Runtime.instance().uploaded_file_mgr
    if (
        isinstance(manager, MemoryUploadedFileManager)
        and getattr(manager, "_guard_enabled", None) is not enabled
    ):
        guard(manager, enabled)
        manager._guard_enabled = enabled  # type: ignore[attr-defined]


def uploads_on() -> bool:
    """``uploads.enabled`` for this process: the environment, then Streamlit secrets."""
    import streamlit as st
    from streamlit.errors import StreamlitSecretNotFoundError

    try:
        secrets = dict(st.secrets)
    except (StreamlitSecretNotFoundError, FileNotFoundError):
        secrets = {}
    return uploads.enabled(os.environ, secrets)
