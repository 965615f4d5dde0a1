"""axiswatch.extract"""
