"""Read side of the intake register: the list, an item's detail, its letters, time limits."""
