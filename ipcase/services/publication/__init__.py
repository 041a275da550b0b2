"""Write side of the publication feature: publishing rulings (M25 art 83) and marking typical cases."""
