"""axiswatch.nlp"""
