"""The ``digest-data`` command: a thin shell over the Python API."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

from .app.text import counted
from .store.versions import BuildError

#: How many of a build's warnings it prints.
SHOWN_WARNINGS = 5

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False)
err = Console(stderr=True, soft_wrap=True, highlight=False)


@app.callback()
def main() -> None:
    """AI-paper digests in, a clean Parquet dataset out."""


def _progress_factory(progress: Progress):
    def start(total: int):
        task = progress.add_task("parsing", total=total)
        return lambda: progress.advance(task)

    return start


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Digest files and folders (recursive).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path(
        "build/dataset"
    ),
    strict: Annotated[bool, typer.Option(help="Exit 1 if any row or file was skipped.")] = False,
    force: Annotated[
        bool, typer.Option(help="Parse every file again, ignoring the cache.")
    ] = False,
    taxonomy: Annotated[
        Path | None, typer.Option(help="Topic taxonomy TOML to use instead of the shipped one.")
    ] = None,
    partition: Annotated[
        str | None,
        typer.Option(help="Also write OUT/papers/ and OUT/metrics/ hive-partitioned by 'month'."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Turn digest files into OUT/papers.parquet, metrics.parquet, authors.parquet,
    neighbours.parquet and build_report.json."""
    from .store import dataset

    show_bar = sys.stderr.isatty() and not quiet
    try:
        if show_bar:
            with Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                transient=True,
            ) as progress:
                report = dataset.build(
                    inputs,
                    out,
                    progress=_progress_factory(progress),
                    force=force,
                    taxonomy=taxonomy,
                    partition=partition,
                )
        else:
            report = dataset.build(inputs, out, force=force, taxonomy=taxonomy, partition=partition)
    except BuildError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    for skip in report.skipped_files:
        err.print(f"[yellow]skipped file[/yellow] {skip}")
    for skip in report.skipped_rows:
        err.print(f"[yellow]skipped row[/yellow] {skip}")
    if not quiet:
        # Kept rows with something to say ("row has 2 of 3 cells"): the first few here,
        # every one in build_report.json.
        for warning in report.warnings[:SHOWN_WARNINGS]:
            err.print(f"[yellow]warning[/yellow] {escape(str(warning))}")
        if len(report.warnings) > SHOWN_WARNINGS:
            err.print(f"... {len(report.warnings) - SHOWN_WARNINGS:,} more in build_report.json")
        state = (
            "unchanged"
            if report.unchanged
            else f"{report.files_parsed} parsed, {report.files_cached} cached"
        )
        err.print(
            f"{report.rows} rows ({report.distinct_papers} distinct papers), {report.metrics} metrics "
            f"from {report.files_read} files ({state}); {report.duplicates_merged} duplicates merged, "
            f"{len(report.skipped_rows)} rows and {len(report.skipped_files)} files skipped, "
            f"{counted(len(report.warnings), 'warning')} in {report.seconds:.2f} s -> {out}"
        )
    if strict and (report.skipped_rows or report.skipped_files):
        err.print("[red]--strict:[/red] exit 1, as rows or files were skipped (listed above)")
        raise typer.Exit(1)


@app.command()
def synth(
    papers: Annotated[int, typer.Option("--papers", "-n", help="How many papers to write.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the digest files.")],
    seed: Annotated[int, typer.Option(help="Same seed, same files.")] = 0,
    templates: Annotated[
        Path, typer.Option(help="Real digests whose rows the papers are built from.")
    ] = Path("data/digests"),
) -> None:
    """Write a realistic synthetic digest collection (for benchmarks and load tests)."""
    import tempfile

    from . import synth as synthetic
    from .store import dataset
    from .store.load import load as load_dataset

    with tempfile.TemporaryDirectory() as tmp:
        dataset.build([templates], Path(tmp) / "templates")
        rows = load_dataset(Path(tmp) / "templates").papers
    counts = synthetic.write(rows, papers, out, seed)
    err.print(f"{papers:,} papers in {sum(counts.values()):,} files ({counts}) -> {out}")


@app.command()
def evaluate(
    labels: Annotated[
        Path | None,
        typer.Option(
            help="Hand-labelled papers (JSON lines); by default the repository's tests/data/labels.jsonl."
        ),
    ] = None,
    taxonomy: Annotated[
        Path | None, typer.Option(help="Topic taxonomy TOML to use instead of the shipped one.")
    ] = None,
    worst: Annotated[int, typer.Option(help="How many of the worst topics to detail.")] = 5,
) -> None:
    """Precision, recall and F1 of metric values, metric tuples and topics on LABELS: each
    month scored with what was fit on the other months (the headline), then the shipped
    rules and topic model on all of them (in sample on the repository's own labels)."""
    from .analyse.evaluate import (
        LABELS,
        evaluate_held_out,
        format_held_out,
        format_report,
        read_labels,
    )
    from .analyse.evaluate import evaluate as run
    from .enrich.topics import TaxonomyError, load_taxonomy

    try:
        rows = read_labels(labels or LABELS)
        tax = load_taxonomy(taxonomy)
    except (OSError, ValueError, TaxonomyError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    typer.echo("Month-held-out: each month scored with what was fit on the others")
    typer.echo(format_held_out(evaluate_held_out(rows, tax)))
    # The shipped rules and topic model are fit on the repository's labels: on those
    # they are in sample, on any other file (a fresh probe) they are not.
    if labels is None or labels.resolve() == LABELS.resolve():
        typer.echo(f"\nIn-sample (fit on all {len(rows)} labelled papers, not held out)")
    else:
        typer.echo(f"\nShipped rules and topic model (fit on the repository's labels) on {labels}")
    typer.echo(format_report(run(rows, tax), worst))


FORMATS = ("table", "csv", "json")


def _emit(frame, fmt: str, title: str = "") -> None:
    """Print ``frame`` as a rich table, CSV (spreadsheet-safe) or JSON records."""
    import pandas as pd
    from rich.table import Table

    from .analyse.export import to_csv

    if fmt == "csv":
        sys.stdout.write(to_csv(frame).decode("utf-8"))
    elif fmt == "json":
        typer.echo(frame.to_json(orient="records", date_format="iso", force_ascii=False))
    else:
        table = Table(title=title or None, title_justify="left")
        wide = Console(soft_wrap=False, highlight=False, width=max(Console().width, 160))
        for column in frame.columns:
            numeric = pd.api.types.is_numeric_dtype(frame[column])
            table.add_column(
                column,
                justify="right" if numeric else "left",
                no_wrap=not numeric and column != "title",
            )
        for row in frame.itertuples(index=False):
            table.add_row(*(_cell(v) for v in row))
        wide.print(table)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    if hasattr(value, "strftime"):
        return f"{value:%Y-%m-%d}"
    return str(value)


def _load(directory: Path):
    from .store.load import load as load_dataset

    try:
        return load_dataset(directory)
    except (FileNotFoundError, BuildError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        err.print(f"[red]error:[/red] --format must be one of {', '.join(FORMATS)}")
        raise typer.Exit(2)


@app.command()
def trends(
    directory: Annotated[Path, typer.Argument(help="A built dataset folder.")],
    what: Annotated[str, typer.Option(help="terms, topics, benchmarks or people.")] = "terms",
    date_from: Annotated[
        str | None,
        typer.Option("--from", help="First day (YYYY-MM-DD); default: 30 days before --to."),
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Last day; default: the data's last day.")
    ] = None,
    before_from: Annotated[
        str | None, typer.Option(help="First day to compare with; default: as long before.")
    ] = None,
    before_to: Annotated[
        str | None, typer.Option(help="Last day to compare with; default: the day before --from.")
    ] = None,
    top: Annotated[int, typer.Option(help="Rows of rising and of falling items.")] = 20,
    min_count: Annotated[
        int | None, typer.Option(help="Fewest papers an item needs in one window.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
) -> None:
    """What rose and fell most between a window and the window before it."""
    import datetime as dt

    import pandas as pd

    from .analyse import trends as tr

    _check_format(fmt)
    if what not in tr.WHAT:
        err.print(f"[red]error:[/red] --what must be one of {', '.join(tr.WHAT)}")
        raise typer.Exit(2)
    ds = _load(directory)
    if ds.papers.empty:
        err.print("[red]error:[/red] the dataset has no papers")
        raise typer.Exit(2)
    options = {"--from": date_from, "--to": date_to}
    options |= {"--before-from": before_from, "--before-to": before_to}
    days = []
    for option, value in options.items():
        try:
            days.append(dt.date.fromisoformat(value) if value else None)
        except ValueError as exc:  # "month must be in 1..12" named neither
            err.print(f"[red]error:[/red] {option} {value}: {exc} (a date is YYYY-MM-DD)")
            raise typer.Exit(2) from exc
    try:
        end = days[1] or ds.papers["date"].max().date()
        start = days[0] or end - dt.timedelta(days=29)
        now, before = tr.windows(start, end, days[2], days[3])
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    from .enrich.topics import load_taxonomy

    items = tr.items_of(what, ds.papers, ds.metrics, load_taxonomy().labels, ds.authors)
    ranked = tr.compare(
        items, ds.papers, now, before, tr.MIN_COUNT[what] if min_count is None else min_count
    )
    if what == "terms":
        ranked = tr.drop_nested(ranked)
    up = tr.rising(ranked, top).assign(direction="rising")
    down = tr.falling(ranked, top).assign(direction="falling")
    frame = pd.concat([f for f in (up, down) if not f.empty] or [up])
    err.print(
        f"{what}: {now} ({tr.papers_in(ds.papers, now):,} papers) against {before} "
        f"({tr.papers_in(ds.papers, before):,} papers)"
    )
    if mixed := tr.neither(ranked):
        # Said, as a user counting the topics missed them.
        err.print(
            f"neither rising nor falling ({len(mixed)}: their share of papers and their "
            f"score move apart): {escape(', '.join(mixed[:10]))}"
            + (" ..." if len(mixed) > 10 else "")
        )
    _emit(frame.reset_index(drop=True), fmt)  # the line above is its title


@app.command()
def similar(
    directory: Annotated[Path, typer.Argument(help="A built dataset folder.")],
    paper_id: Annotated[str, typer.Argument(help="e.g. arxiv:2410.24024")],
    top: Annotated[int, typer.Option(help="How many papers.")] = 5,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
) -> None:
    """The papers most like PAPER_ID (TF-IDF cosine over title and summary)."""
    from .analyse.similar import COLUMNS, similar_papers
    from .store.neighbours import load_neighbours

    _check_format(fmt)
    ds = _load(directory)
    try:
        table = load_neighbours(directory).to_pandas()
        found = similar_papers(table, ds.papers, paper_id, top)
    except (FileNotFoundError, KeyError) as exc:
        err.print(f"[red]error:[/red] {exc.args[0]}")
        raise typer.Exit(2) from exc
    if fmt != "json":  # the CSV has exactly paper_id, title, score; a table fits a screen
        found = found[COLUMNS] if fmt == "csv" else found.drop(columns=["url"])
    _emit(found, fmt, f"Papers like {paper_id}")


@app.command()
def fetch(
    source: Annotated[str, typer.Argument(help="hf-daily or map-daily.")],
    dest: Annotated[Path | None, typer.Option(help="Cache folder (default build/sources).")] = None,
    url: Annotated[
        str | None, typer.Option(help="Another git URL for the archive (a mirror, file://).")
    ] = None,
) -> None:
    """Clone or update a public digest archive with git, then build it incrementally."""
    from .store import fetch as fetching

    try:
        result = fetching.fetch(source, dest or fetching.DEFAULT_DEST, url)
    except (fetching.FetchError, BuildError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    report = result.report
    state = (
        "unchanged"
        if report.unchanged
        else f"{report.files_parsed} parsed, {report.files_cached} cached"
    )
    err.print(
        f"{source}: {'cloned' if result.cloned else 'updated'} at {result.commit}; "
        f"{report.files_read} digest files ({state}), {len(result.not_digests)} other Markdown "
        f"files left out; {report.rows:,} rows ({report.distinct_papers:,} distinct papers) "
        f"-> {result.dataset}"
    )
    err.print(f"Open it: DIGEST_DATA_DIR={source} bash scripts/run.sh")


@app.command("evaluate-people")
def evaluate_people(
    inputs: Annotated[list[Path], typer.Argument(help="Digest files or folders.")],
    pairs: Annotated[
        Path | None,
        typer.Option(
            help="Labelled (username, name) pairs (JSON lines); by default the repository's tests/data/people_pairs.jsonl."
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option(help="List the pairs it gets wrong.")] = False,
) -> None:
    """How many labelled usernames the author resolver joins to their person, and how
    many look-alike pairs it keeps apart (tuned-on and held-out months)."""
    from .analyse.people_eval import PAIRS, report

    pairs = pairs or PAIRS
    if not pairs.is_file():  # before the digests are read, not after
        err.print(f"[red]error:[/red] no labelled pairs at {pairs}: give --pairs")
        raise typer.Exit(2)
    try:
        typer.echo(report(list(inputs), pairs, verbose))
    except (OSError, ValueError, KeyError, BuildError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


if __name__ == "__main__":
    app()
