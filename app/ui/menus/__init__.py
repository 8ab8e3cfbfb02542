"""The Menus tab: ingredients, recipes and their cost, menus, orders, quotes, shopping lists."""
