"""EBM fiscal receipts: the controller's configuration (`device`), the saveSales request and the
printed receipt's data (`receipt_data`), the HTTP adapter (`client`) and the outbox that sends
queued sales and refunds one at a time (`outbox`)."""
