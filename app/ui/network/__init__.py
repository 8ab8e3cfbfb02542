"""The organisation's server in the window: Fichier › Publier vers le serveur…"""
