extension Store: OfficeService {}
