"""safec: a safe-C toolchain.  See README.md and ../shared/DESIGN.md."""

__version__ = "0.1.0"
