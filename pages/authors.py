"""Authors: the most frequent authors in the range, one author's papers over time,
and a searchable author table. Authors are people: a Hugging Face username joined
to a real name (``liuziwei7`` and ``Ziwei Liu``) is one author."""

from __future__ import annotations

import streamlit as st

from digest_data.analyse import aggregate, filters, people
from digest_data.app import charts, ui
from digest_data.app.safe import OPTION_CHARS, clip, markdown_text

#: Room under the top authors chart for its legend, in pixels.
LEGEND_BELOW_PX = 40

ctx = ui.context("authors")
st.title("Authors")
st.caption(
    ui.range_caption(ctx) + " · authors counted as people: a Hugging Face username joined to "
    "its real name counts once (see the author table's *Found as*)"
)

if ctx.papers.empty:  # no papers at all: the M-A-P note below would mislead
    ui.empty()
    st.stop()
table = ui.people_table(ctx)
if table.empty:
    ui.empty("No authors in these papers (M-A-P digests list affiliations, not authors).")
    st.stop()

n = st.slider("Top authors", min_value=5, max_value=50, value=20, step=5, key="top_n")
top = table.head(n)
kinds = {False: "Person", True: "Username, no name found"}
fig = charts.bars(
    top.iloc[::-1].assign(kind=top["username_only"].iloc[::-1].map(kinds)),
    x="papers",
    y="person",
    group="kind",
    group_order=list(kinds.values()),
    colors={"Person": "#4C6EF5", "Username, no name found": "#ADB5BD"},
    horizontal=True,
    title=f"Top {len(top)} authors by distinct papers",
    labels={"papers": "Distinct papers", "person": "Author", "found_as": "Found as", "kind": ""},
    hover_data={"found_as": ""},
)
# Two traces (people, lone usernames) keep the ranking's order on the axis; the
# order names the categories as the bars do, as plain text.
fig.update_yaxes(
    categoryorder="array", categoryarray=[charts.plain(p) for p in top["person"].iloc[::-1]]
)
fig.update_layout(
    height=charts.horizontal_bars_height(len(top), below=LEGEND_BELOW_PX),
    margin={"b": charts.BARS_MARGIN_PX + LEGEND_BELOW_PX},
    legend={"orientation": "h", "yanchor": "bottom", "y": 0, "yref": "container"},
)
if len(top) and top["papers"].max() <= charts.WHOLE_TICKS_UP_TO:
    fig.update_xaxes(dtick=1)  # whole papers, not "1.5"
st.plotly_chart(fig, width="stretch")
ui.download(top, "top-authors", ctx, f"top{n}")

st.subheader("One author's papers over time")
search = st.text_input(
    "Find an author",
    key="author_search",
    placeholder="part of a name or username",
    help="Matches the author's name and every form it was found under.",
)
found = ui.people_table(ctx, search.strip())
if found.empty:  # an empty picker and an empty table said nothing
    ui.empty(markdown_text(f'No author of these papers matches "{search.strip()}".'))
    st.stop()
# The browser gets the options: the most prolific matches, not every name.
author = st.selectbox(
    "Author",
    options=people.word_matches_first(aggregate.first_rows(found)["person"], search),
    format_func=lambda name: clip(name, OPTION_CHARS),
    key="author_pick",
    help=f"The {aggregate.TABLE_ROWS:,} most frequent authors matching the search above.",
)
if author:
    mine = ui.person_papers(ctx, author)
    freq = filters.suggested_period(ctx.state)
    counts = people.per_period(mine, freq)
    fig = charts.bars(
        counts,
        x="date",
        y="papers",
        title=f"Papers by {author} per {freq}",
        labels={"date": ui.PERIOD_AXIS[freq], "papers": "Distinct papers"},
    )
    # Each bar spans its period, and the axis spans the selected range, so a
    # two-paper author gets two narrow bars in the right places.
    charts.period_bars(fig, freq, ctx.state.start, ctx.state.end)
    st.plotly_chart(fig, width="stretch")
    ui.table(
        mine,
        "papers",
        # The title gets what the other columns leave of a 1400 px window's ~926 px;
        # rows taller than 64 px let long titles and names wrap instead of being cut.
        row_height=ui.WRAPPED_ROW,
        column_config={
            "date": st.column_config.DateColumn("Day", format="YYYY-MM-DD", width=90),
            "paper_id": st.column_config.TextColumn("Paper", width=125),
            "title": st.column_config.TextColumn("Title", width=568),
            "listed_as": st.column_config.TextColumn("Listed as", width=140),
        },
    )
    ui.download(mine, "author-papers", ctx, author)

st.subheader(
    markdown_text("All authors" + (f' matching "{search.strip()}"' if search.strip() else ""))
)
# The names get the room: "Shangchen Zhou" was cut to "Shangchen Zho" at 1400 px
# beside wide columns of small numbers.
ui.table(
    found,
    "authors",
    column_config={
        "person": st.column_config.TextColumn("Author", width="medium"),
        "papers": st.column_config.NumberColumn("Papers", width="small"),
        "days": st.column_config.NumberColumn("Days", width="small"),
        "first": st.column_config.DateColumn("First day", format="YYYY-MM-DD"),
        "last": st.column_config.DateColumn("Last day", format="YYYY-MM-DD"),
        "found_as": st.column_config.TextColumn("Found as", width="medium"),
        "username_only": st.column_config.CheckboxColumn(
            "Username, no name found",
            help="A Hugging Face username that no real name in the data could be joined to.",
        ),
    },
)
ui.download(found, "authors", ctx, search.strip())
