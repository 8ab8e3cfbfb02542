"""The menus area: ingredients and their prices, recipes in versions, costing, menus, orders and
quotes, shopping lists and the 14 allergens."""
