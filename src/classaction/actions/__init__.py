"""The actions the package models, one folder each."""
