"""axiswatch.fuse"""
