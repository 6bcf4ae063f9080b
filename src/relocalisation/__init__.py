"""Relocalisation — plateforme des dispositifs publics de relocalisation industrielle."""
