"""axiswatch.scale"""
