"""Printed and exported reports: the checked totals sheet, exports."""
