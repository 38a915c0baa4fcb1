module example.com/${{ values.name }}

go ${{ values.languageVersion }}
