import sys

from reciprocity_desktop.cli import main

sys.exit(main())
