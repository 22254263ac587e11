"""Recognizers: components that find spans of one kind in the article's sentences
(kg.components finds every module here that registers one, and those of kg.link)."""
