"""``python -m pipelines.synth``: write synthetic forms (see pipelines.synth.cli)."""

import sys

from pipelines.synth.cli import main

sys.exit(main())
