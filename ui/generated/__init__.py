"""Code generated from forms/*.ui by tools/compile_forms.py. Do not edit."""
