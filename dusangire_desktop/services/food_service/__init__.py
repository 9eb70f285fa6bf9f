"""Hospital food service: stays, diet orders, meal times and cut-offs, trays, rounds, accounts.

One module per job: `wards` (wards and meal times), `stays` (admission, transfer, discharge),
`diet_orders`, `meals` (which meal an order is for, cut-offs), `trays` (a patient's meal
ordered through the stay, tray status, late-tray approval), `rounds` (round sheet, kitchen counts,
tray tickets, lateness) and `patient_account` (guests' meals charged to the patient, settled at
discharge).
"""
