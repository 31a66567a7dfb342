"""`python -m kg` is the `kg` command."""
import sys

try:
    from kg.cli import main
except KeyboardInterrupt:  # Ctrl-C while kg was still importing
    print("kg: interrupted", file=sys.stderr)
    sys.exit(130)
sys.exit(main())
