"""The floor for a first page load: a bare Streamlit page with a title and one
small Plotly chart, served beside the app by ``python -m benchmarks`` so that the
dashboard's first loads are measured as ratios to it in the same run."""

import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="Bare page", layout="wide")
st.title("Bare page")
days = [f"2024-10-{d:02d}" for d in range(1, 31)]
st.plotly_chart(go.Figure(go.Bar(x=days, y=[(d * 7) % 23 + 5 for d in range(30)])))
