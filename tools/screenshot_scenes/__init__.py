"""One module per feature's README pictures, each a `take(demo, out)` run by tools/screenshots.py on the one demo
database it starts; window.py holds the start-up and the helpers they share."""
