"""What people read: the figure timeline and its HTML report."""
