"""Read side of the credit list and the enforcement of rulings."""
