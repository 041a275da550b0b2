"""Write side: one function per user gesture, each one transaction on a unit of work, returning frozen DTOs;
one package per feature."""
