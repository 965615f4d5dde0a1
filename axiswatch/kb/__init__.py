"""axiswatch.kb"""
