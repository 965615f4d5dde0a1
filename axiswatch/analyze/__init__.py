"""axiswatch.analyze"""
