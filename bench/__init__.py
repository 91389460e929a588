"""factdesk benchmark: synthetic fact bases, a fixed query mix, factdesk against two naive baselines."""
