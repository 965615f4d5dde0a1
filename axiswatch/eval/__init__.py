"""axiswatch.eval"""
