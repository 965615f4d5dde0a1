"""axiswatch.report"""
