"""The Menus tab: ingredients, recipes with their cost, menus, orders with quotes and shopping lists."""
