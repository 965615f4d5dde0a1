"""axiswatch.cli"""
