"""axiswatch.geo"""
