"""The catalogue of information (Danh mục thông tin): its page, the entry dialog, export and import."""
