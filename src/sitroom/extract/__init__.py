"""extract: places, actors, time, events, claims and content flags, each a registered stage."""
