"""``python -m desktop_inbox``."""

import sys

from desktop_inbox.app import main

sys.exit(main())
