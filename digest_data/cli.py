"""The ``digest-data`` command: a thin shell over the Python API."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

from .store import dataset

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
    """Turn digest files into OUT/papers.parquet, metrics.parquet and build_report.json."""
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
    except dataset.BuildError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    for skip in report.skipped_files:
        err.print(f"[yellow]skipped file[/yellow] {skip}")
    for skip in report.skipped_rows:
        err.print(f"[yellow]skipped row[/yellow] {skip}")
    if not quiet:
        state = (
            "unchanged"
            if report.unchanged
            else f"{report.files_parsed} parsed, {report.files_cached} cached"
        )
        err.print(
            f"{report.rows} rows ({report.distinct_papers} distinct papers), {report.metrics} metrics "
            f"from {report.files_read} files ({state}); {report.duplicates_merged} duplicates merged, "
            f"{len(report.skipped_rows)} rows and {len(report.skipped_files)} files skipped, "
            f"{len(report.warnings)} warnings in {report.seconds:.2f} s -> {out}"
        )
    if strict and (report.skipped_rows or report.skipped_files):
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

    with tempfile.TemporaryDirectory() as tmp:
        dataset.build([templates], Path(tmp) / "templates")
        rows = dataset.load(Path(tmp) / "templates").papers
    counts = synthetic.write(rows, papers, out, seed)
    err.print(f"{papers:,} papers in {sum(counts.values()):,} files ({counts}) -> {out}")


@app.command()
def evaluate(
    labels: Annotated[Path, typer.Option(help="Hand-labelled papers (JSON lines).")] = Path(
        "tests/data/labels.jsonl"
    ),
    taxonomy: Annotated[
        Path | None, typer.Option(help="Topic taxonomy TOML to use instead of the shipped one.")
    ] = None,
    worst: Annotated[int, typer.Option(help="How many of the worst topics to detail.")] = 5,
) -> None:
    """Precision, recall and F1 of metric values, metric tuples and topics on LABELS."""
    from .analyse.evaluate import evaluate as run
    from .analyse.evaluate import format_report, read_labels
    from .enrich.topics import TaxonomyError, load_taxonomy

    try:
        rows = read_labels(labels)
        tax = load_taxonomy(taxonomy)
    except (OSError, ValueError, TaxonomyError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    typer.echo(format_report(run(rows, tax), worst))


@app.command("evaluate-people")
def evaluate_people(
    inputs: Annotated[list[Path], typer.Argument(help="Digest files or folders.")],
    pairs: Annotated[
        Path, typer.Option(help="Labelled (username, name) pairs (JSON lines).")
    ] = Path("tests/data/people_pairs.jsonl"),
    verbose: Annotated[bool, typer.Option(help="List the pairs it gets wrong.")] = False,
) -> None:
    """How many labelled usernames the author resolver joins to their person, and how
    many look-alike pairs it keeps apart (tuned-on and held-out months)."""
    from .analyse.people_eval import report

    try:
        typer.echo(report(list(inputs), pairs, verbose))
    except (OSError, ValueError, KeyError, dataset.BuildError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


if __name__ == "__main__":
    app()
