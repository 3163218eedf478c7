"""The frozen app's entry point: the same as ``python -m desktop_inbox``.

It lives outside the package: PyInstaller puts the entry script's folder on
the import path, and ``desktop_inbox/`` there would shadow the standard
library (``secrets``) with the package's own modules.
"""

import sys

from desktop_inbox.app import main

sys.exit(main())
