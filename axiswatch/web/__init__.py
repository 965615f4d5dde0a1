"""axiswatch.web"""
