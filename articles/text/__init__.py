"""Pure text processing for ingestion (no Django): decode → reflow → split → dates."""
