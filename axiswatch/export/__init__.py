"""axiswatch.export"""
