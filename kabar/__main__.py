import sys

from kabar.cli import main

sys.exit(main())
